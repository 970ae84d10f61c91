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
"$UV" sync --frozen --all-extras --quiet --project "$ROOT"
PY="$ROOT/.venv/bin/python"
cd "$ROOT"
