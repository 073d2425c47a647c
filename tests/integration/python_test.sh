#!/bin/sh
# The Python module (python/): a virtual environment in the build directory that sees Debian's packages
# (pytest, dask, setuptools), `pip install ./python` offline with the module this build made, then the pytest
# suite, which compares the module with this build's mlm-lint.
#
#   sh tests/integration/python_test.sh BUILD_DIR SOURCE_DIR MLM_LINT
set -eu
build=$1
src=$2
cli=$3
venv=$build/python-venv
rm -rf "$venv"
/usr/bin/python3 -m venv --system-site-packages "$venv"
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1
MLMLINT_BUILD_DIR=$build "$venv/bin/python" -m pip install --quiet --no-build-isolation --no-index --no-deps "$src/python"
cd "$build"
MLMLINT_CLI=$cli MLMLINT_SOURCE_DIR=$src exec "$venv/bin/python" -m pytest -q -p no:cacheprovider "$src/python/tests"
