# Sourced by the scripts in this folder: makes the locked environment on a fresh machine.
# Needs only python3 (with venv and pip). Installs the pinned uv into .tools/, then
# `uv sync --frozen` builds .venv/ exactly as uv.lock says. Cheap when nothing changed.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
UV_VERSION="0.13.9"
UV="$ROOT/.tools/bin/uv"
if ! [ -x "$UV" ] || [ "$("$UV" --version 2>/dev/null | cut -d' ' -f2)" != "$UV_VERSION" ]; then
  echo "setting up uv $UV_VERSION in .tools/ ..." >&2
  python3 -m venv "$ROOT/.tools"
  "$ROOT/.tools/bin/python" -m pip install --quiet --disable-pip-version-check "uv==$UV_VERSION"
fi
export UV_PROJECT_ENVIRONMENT="$ROOT/.venv"
# Byte-compile the environment once per lock file: uv installs without .pyc files, and where
# Python may not write them (PYTHONDONTWRITEBYTECODE, read-only trees) every run would compile
# its imports again (seconds for the generator's). `--compile-bytecode` costs a fraction of a
# second even when everything is compiled, hence the marker.
compiled="$ROOT/.venv/.compiled-$(sha256sum "$ROOT/uv.lock" | cut -c1-16)"
if [ -e "$compiled" ]; then
  "$UV" sync --frozen --all-extras --quiet --project "$ROOT"
else
  "$UV" sync --frozen --all-extras --quiet --compile-bytecode --project "$ROOT"
  rm -f "$ROOT"/.venv/.compiled-* && touch "$compiled"
fi
PY="$ROOT/.venv/bin/python"
cd "$ROOT"
