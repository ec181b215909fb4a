# TEIA Self-Assessment — set-up, run and test on a fresh Debian machine.
#   make run    install what is missing, build translations, start the application
#   make test   the same set-up, then the whole test suite headless
SHELL := /bin/bash
.DEFAULT_GOAL := run

PYTHON ?= python3
VENV   := .venv
VPY    := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

# System libraries Qt needs (see PLATFORM.md): headless first, then a real window.
APT_HEADLESS := libgl1 libegl1 libx11-6 libdbus-1-3 libfontconfig1 libglib2.0-0 libxkbcommon0 fonts-dejavu-core
APT_WINDOW   := libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 \
                libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1
APT_TEST     := poppler-utils strace

# pytest-xdist workers for make test: one per core (TEST_WORKERS=0 runs in one process, e.g. to debug); an idle
# worker takes tests queued for a busy one (worksteal), and the slow tests are handed out first (tests/conftest.py).
TEST_WORKERS ?= auto

TS_FILES := $(wildcard translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

.PHONY: run test system-headless system-window venv translations lupdate lint typecheck bench dist clean windows-check

# Install Debian packages that are missing; as root with apt-get, otherwise say what to run.
define apt_ensure
	@missing=""; for p in $(1); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if ! command -v dpkg-query >/dev/null; then echo "Not a Debian system: make sure these libraries are present:$$missing"; \
	  elif [ "$$(id -u)" = 0 ]; then \
	    echo "Installing system packages:$$missing"; \
	    export DEBIAN_FRONTEND=noninteractive; \
	    apt-get update -qq && apt-get install -y -qq --no-install-recommends $$missing >/dev/null || exit 1; \
	  else echo "Missing system packages:$$missing — run: sudo apt-get install$$missing"; exit 1; fi; \
	fi
endef

system-headless:
	$(call apt_ensure,$(APT_HEADLESS) $(APT_TEST))

system-window: system-headless
	$(call apt_ensure,$(APT_WINDOW))

$(STAMP): setup.cfg pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed; set PYTHON=python3.11")'
	@if ! $(PYTHON) -c 'import ensurepip, venv' 2>/dev/null; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3-venv >/dev/null; \
	  else echo "Python venv support is missing: sudo apt-get install python3-venv"; exit 1; fi; fi
	@test -x $(VPY) || $(PYTHON) -m venv $(VENV)
	@$(VPY) -m pip install -q --disable-pip-version-check -e '.[test]'
	@touch $@

venv: $(STAMP)

translations/%.qm: translations/%.ts $(STAMP)
	@$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM_FILES)

# Refresh the .ts sources from the code (for translators; see README): the interface, and every model module
# that marks its sentences with QT_TRANSLATE_NOOP (model/languages.py; tests/test_translations.py finds the same).
MARKED = $(shell grep -rl --include=*.py QT_TRANSLATE_NOOP model | grep -v '^model/languages.py$$' | sort)
lupdate: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete -locations none $(wildcard gui/*.py gui/*/*.py) $(MARKED) main.py -ts translations/teia_ru.ts translations/teia_ky.ts
	$(VENV)/bin/pyside6-lupdate -pluralonly -no-obsolete -locations none $(wildcard gui/*.py gui/*/*.py) $(MARKED) main.py -ts translations/teia_en.ts
	$(VPY) translations/fill.py

run: system-window venv translations
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then exec $(VPY) main.py $(ARGS); \
	elif command -v xvfb-run >/dev/null; then echo "No display found: starting on a virtual screen (xvfb-run)."; exec xvfb-run -a -s "-screen 0 1280x800x24" $(VPY) main.py $(ARGS); \
	else echo "No display found (DISPLAY is not set): start 'make run' from a desktop session, or install xvfb to run on a virtual screen."; exit 1; fi

test: system-headless venv translations lint typecheck
	QT_QPA_PLATFORM=offscreen $(VPY) -m pytest -q -n $(TEST_WORKERS) $(if $(filter 0,$(TEST_WORKERS)),,--dist worksteal) $(PYTEST_ARGS)

# pyflakes-level checks (ruff.toml): unused imports and variables, undefined names, repeated keys
lint: $(STAMP)
	$(VENV)/bin/ruff check --quiet .

# mypy (setup.cfg [mypy]): strict on main.py, model, cli and render; gui at mypy's default level ([mypy-gui.*])
TYPECHECK_PATHS ?= main.py model cli render gui
typecheck: $(STAMP)
	$(VENV)/bin/mypy $(TYPECHECK_PATHS)

bench: system-headless venv translations
	QT_QPA_PLATFORM=offscreen $(VPY) bench/run_all.py

clean:
	rm -rf $(VENV) build dist *.egg-info translations/*.qm

# The one-folder application for laptops without Python or internet (PyInstaller, packaging/teia.spec):
# build dist/teia-self-assessment/, run tests/packaging against it, pack it as a .tar.gz.
DIST_NAME    := teia-self-assessment
DIST_DIR     := dist/$(DIST_NAME)
DIST_VERSION  = $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' model/__init__.py)
DIST_ARCHIVE  = dist/$(DIST_NAME)-$(DIST_VERSION)-linux-$(shell uname -m).tar.gz

dist: system-headless venv translations
	$(call apt_ensure,binutils)
	@$(VPY) -c 'import PyInstaller' 2>/dev/null || $(VENV)/bin/pip install -q --disable-pip-version-check 'pyinstaller>=6.10'
	@start=$$(date +%s); \
	$(VPY) -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/teia.spec \
	  && echo "Built $(DIST_DIR) in $$(( $$(date +%s) - start )) s"
	TEIA_DIST_DIR=$(CURDIR)/$(DIST_DIR) QT_QPA_PLATFORM=offscreen $(VPY) -m pytest -q tests/packaging
	@rm -f $(DIST_ARCHIVE)
	@tar -C dist -czf $(DIST_ARCHIVE) $(DIST_NAME)
	@echo "Folder $(DIST_DIR): $$(du -sh $(DIST_DIR) | cut -f1); archive $(DIST_ARCHIVE): $$(du -h $(DIST_ARCHIVE) | cut -f1)"

# Check the Windows build's names (packaging/bundle_names.py) against the win_amd64 wheels of every dependency,
# for the newest PySide6 setup.cfg allows and the lowest (6.8). Downloads about 170 MB, so not part of make test.
windows-check: venv
	$(VPY) packaging/windows_check.py
	$(VPY) packaging/windows_check.py --pyside 'PySide6-Essentials==6.8.*'
