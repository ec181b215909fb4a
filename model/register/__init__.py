"""The register of hazardous activities: Annex I reference data, the quantity test, tailings facilities."""
