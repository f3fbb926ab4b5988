"""python -m hvgui"""

from hvgui.app import main

raise SystemExit(main())
