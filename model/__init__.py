"""The TEIA Self-Assessment model: catalogue, document store, progress and exports, free of Qt."""

__version__ = "0.1.0"
APP_NAME = "TEIA Self-Assessment"
APP_ID = "teia-self-assessment"
