"""The repository's own tooling, run by the shell entry points beside this file.

``regenerate`` (the main job: spec validity, generated clients), ``spectools`` (Redocly lint,
reference pages, TypeScript types and package, breaking changes and versioning), ``project``
(where things are, and the list of APIs). A development package: it is not part of the wheel.
Run the modules from the repository root (``python -m scripts.regenerate``); the shell scripts
do that after setting up the environment.
"""
