"""The parts of the main window (gui.main_window.MainWindow): its menus, its pages, its open document."""
