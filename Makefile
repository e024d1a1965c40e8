# stocktake — the two commands of the README, and what they need.
#   make example   build the example meeting into Output/ (installs what is missing first)
#   make test      run the whole test suite (installs what is missing first)

DEBS := libcairo2-dev libpango1.0-dev libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config \
        poppler-utils qpdf mupdf-tools
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
SWIFT ?= swift
EXAMPLE := Examples/puerto-vallarta-2017

.PHONY: all deps build release example test render-sample bench shapes fuzz clean

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

clean:
	rm -rf .build
