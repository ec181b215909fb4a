"""The window's commands (menus): files, catalogues, the cycle, contributions."""
