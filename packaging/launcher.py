"""The script PyInstaller freezes into the bundle's `commons` executable (packaging/commons.spec)."""

from commons_desktop.bundle import main

raise SystemExit(main())
