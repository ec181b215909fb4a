"""The PySide6 interface: thin views over the model."""
