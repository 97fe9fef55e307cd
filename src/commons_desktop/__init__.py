"""The Commons desktop app: Qt screens over the encrypted personal store."""

__version__ = "0.1.0"

__all__ = ["__version__"]
