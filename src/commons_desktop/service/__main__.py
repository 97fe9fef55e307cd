from commons_desktop.service.runner import main

raise SystemExit(main())
