"""``python -m kopru``: the same as the ``kopru`` command."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
