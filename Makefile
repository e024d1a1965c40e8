# stocktake — the two commands of the README, and what they need.
#   make example   build the example meeting into Output/ (installs what is missing first)
#   make test      run the whole test suite (installs what is missing first)

DEBS := libcairo2-dev libpango1.0-dev libcmark-gfm-dev libcmark-gfm-extensions-dev libqpdf-dev libhyphen-dev libstdc++-12-dev pkg-config \
        poppler-utils qpdf mupdf-tools
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
SWIFT ?= swift
EXAMPLE := Examples/puerto-vallarta-2017

.PHONY: all deps build release example test render-sample bench shapes fuzz install install-files clean

all: example

# Installs the Debian packages the build and the tests need, if missing (the word lists ship in Data/).
deps:
	@missing=$$(for p in $(DEBS); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing:" $$missing; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

example: release
	.build/release/stocktake build $(EXAMPLE) --output Output

render-sample: release
	.build/release/stocktake render Examples/sample-document.md -o Output/sample-document.pdf

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

bench: release
	Benchmarks/run.sh

# The cost curves of the shapes that once grew as a square (callgrind instruction counts).
shapes: release
	Benchmarks/shapes.sh

# Coverage-guided fuzzing of the readers (not part of CI; see Fuzz/README.md).
fuzz: deps
	Fuzz/run.sh

# Installs the binary, its data (fonts, templates, word lists, the example), the man page and the
# shell completions under PREFIX; the binary finds its data in PREFIX/share/stocktake.
PREFIX ?= /usr/local
STOCKTAKE_BIN ?= .build/release/stocktake
install: release
	$(SWIFT) package --allow-writing-to-package-directory generate-manual >/dev/null
	$(MAKE) install-files PREFIX=$(PREFIX) STOCKTAKE_BIN=$(STOCKTAKE_BIN)
	install -d $(PREFIX)/share/man/man1
	install -m 644 .build/plugins/GenerateManual/outputs/stocktake/stocktake.1 $(PREFIX)/share/man/man1/stocktake.1

# Everything of `install` but the build and the man page (the tests install a debug binary this way).
install-files:
	install -d $(PREFIX)/bin $(PREFIX)/share/stocktake $(PREFIX)/share/bash-completion/completions \
	  $(PREFIX)/share/zsh/site-functions $(PREFIX)/share/fish/vendor_completions.d
	install -m 755 $(STOCKTAKE_BIN) $(PREFIX)/bin/stocktake
	rm -rf $(PREFIX)/share/stocktake/Fonts $(PREFIX)/share/stocktake/Templates $(PREFIX)/share/stocktake/Data \
	  $(PREFIX)/share/stocktake/Examples
	cp -R Fonts Templates Data Examples $(PREFIX)/share/stocktake/
	install -m 644 LICENSE CHANGELOG.md $(PREFIX)/share/stocktake/
	$(PREFIX)/bin/stocktake --generate-completion-script bash > $(PREFIX)/share/bash-completion/completions/stocktake
	$(PREFIX)/bin/stocktake --generate-completion-script zsh > $(PREFIX)/share/zsh/site-functions/_stocktake
	$(PREFIX)/bin/stocktake --generate-completion-script fish > $(PREFIX)/share/fish/vendor_completions.d/stocktake.fish

clean:
	rm -rf .build
