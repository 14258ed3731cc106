"""Code rules: each module here that defines CODE is one rule (see doubled_word.py for the shape)."""
