"""Code rules: each module here that defines `check` is one rule (see source_script.py for the shape)."""
