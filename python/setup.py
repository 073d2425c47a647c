"""Builds mlm_lint: the Python package here plus the extension module _mlm_lint, which the project's own CMake
build makes (python/CMakeLists.txt), so that the module links exactly the library the command line links.

- MLMLINT_BUILD_DIR=<a CMake build directory of this repository>: package the module that build made
  (<dir>/python/_mlm_lint*.so; CTest installs the module it just built this way).
- otherwise: configure this repository with CMake in the build_temp directory (tests off) and build only the
  module target; pybind11-dev, python3-dev and the project's other build dependencies must be installed
  (scripts/setup). CMAKE_BUILD_PARALLEL_LEVEL sets the jobs (default 2).
"""

import glob
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def project_version() -> str:
    text = (ROOT / "CMakeLists.txt").read_text(encoding="utf-8")
    match = re.search(r"project\(mlm-lint VERSION ([0-9.]+)", text)
    return match.group(1) if match else "0.0.0"


class CMakeBuild(build_ext):
    def build_extension(self, ext):
        target = Path(self.get_ext_fullpath(ext.name))
        build_dir = os.environ.get("MLMLINT_BUILD_DIR")
        if build_dir:
            build_dir = Path(build_dir).resolve()
        else:
            build_dir = Path(self.build_temp).resolve() / "cmake"
            build_dir.mkdir(parents=True, exist_ok=True)
            args = ["cmake", "-S", str(ROOT), "-B", str(build_dir), "-DCMAKE_BUILD_TYPE=Release",
                    "-DMLMLINT_TESTS=OFF", "-DMLMLINT_PYTHON=ON", f"-DPython3_EXECUTABLE={sys.executable}"]
            if shutil.which("ninja"):
                args += ["-G", "Ninja"]
            if shutil.which("ccache"):
                args += ["-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"]
            subprocess.check_call(args)
            jobs = os.environ.get("CMAKE_BUILD_PARALLEL_LEVEL", "2")
            subprocess.check_call(["cmake", "--build", str(build_dir), "--target", "_mlm_lint", "-j", jobs])
        built = sorted(glob.glob(str(build_dir / "python" / "_mlm_lint*.so")))
        if not built:
            raise RuntimeError(f"no _mlm_lint module in {build_dir}/python: build the target _mlm_lint first "
                               "(cmake --build <dir> --target _mlm_lint)")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(built[-1], target)


setup(
    name="mlm-lint",
    version=project_version(),
    description="Validator and linter for STAC documents using the MLM extension (the mlm-lint engine)",
    packages=["mlm_lint"],
    ext_modules=[Extension("mlm_lint._mlm_lint", sources=[])],
    cmdclass={"build_ext": CMakeBuild},
    python_requires=">=3.9",
    entry_points={"pytest11": ["mlm_lint = mlm_lint.pytest_plugin"]},
    zip_safe=False,
)
