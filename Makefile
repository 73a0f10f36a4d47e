# mailscreen - the front door. `make demo` and `make test` work on a fresh Debian machine
# (run as root, or with sudo available): each installs what is missing first.

DEB_PACKAGES := tesseract-ocr tesseract-ocr-vie tesseract-ocr-eng libtesseract-dev \
                libleptonica-dev clang libclang-dev pkg-config
# the HTML report is tested in a real headless browser
TEST_PACKAGES := chromium
CARGO ?= cargo
BIN := target/release/mailscreen
DB ?= mailscreen.db

.PHONY: all deps test-deps install-packages build demo test check fmt clippy bench train-language clean

all: build

# Installs the Debian packages that are missing (apt-get only runs when something is).
deps:
	@$(MAKE) --no-print-directory install-packages PACKAGES="$(DEB_PACKAGES)"
	@command -v $(CARGO) >/dev/null || { echo "error: cargo not found; install Rust (https://rustup.rs)" >&2; exit 1; }

test-deps: deps
	@$(MAKE) --no-print-directory install-packages PACKAGES="$(TEST_PACKAGES)"

install-packages:
	@missing=$$(for p in $(PACKAGES); do \
	    dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	    echo "installing Debian packages:" $$missing; \
	    if [ "$$(id -u)" = 0 ]; then SUDO=; elif command -v sudo >/dev/null; then SUDO=sudo; \
	    else echo "error: need root (or sudo) to install:" $$missing >&2; exit 1; fi; \
	    $$SUDO apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing; \
	fi

build: deps
	$(CARGO) build --release --locked

# Scan the sample mail into the case queue, then show the queue.
demo: build
	@echo "== mailscreen scan samples/ (results: results.jsonl, queue: $(DB))"
	$(BIN) scan samples --json-out results.jsonl --db $(DB); status=$$?; \
	    [ $$status -le 2 ] || exit $$status
	@echo
	@echo "== mailscreen queue"
	$(BIN) queue --db $(DB)
	@echo
	@echo "Next: $(BIN) case <id> --db $(DB)   (shows one case with its evidence)"

test: test-deps
	$(CARGO) test --release --locked

fmt:
	$(CARGO) fmt --check

clippy: deps
	$(CARGO) clippy --release --locked --all-targets -- -D warnings

check: fmt clippy test

# Speed against plain tesseract on the same pages, in the same run (see bench/run.sh).
bench: build
	bench/run.sh

# Retrains the learned language model on the labelled letter sets (blind92 stays out: it is the
# set the model is measured on) after a leave-one-set-out check. Deterministic.
TRAIN_SETS := $(addprefix tests/data/threat-letters/,tuning heldout blind blind2 blind3 blind4 blind5 blind6 blind7 blind8 blind9 blind10 blind11 blind12 blind13 blind14 blind15 blind16 blind17 blind18 blind19 blind20 blind21 blind22 blind23 blind24 blind25 blind26 blind27 blind28 blind29 blind30 blind31 blind32 blind33 blind34 blind35 blind36 blind37 blind38 blind39 blind40 blind41 blind42 blind43 blind44 blind45 blind46 blind47 blind48 blind49 blind50 blind51 blind52 blind53 blind54 blind55 blind56 blind57 blind58 blind59 blind60 blind61 blind62 blind63 blind64 blind65 blind66 blind67 blind68 blind69 blind70 blind71 blind72 blind73 blind74 blind75 blind76 blind77 blind78 blind79 blind80 blind81 blind82 blind83 blind84 blind85 blind86 blind87 blind88 blind89 blind90 blind91)
train-language: deps
	$(CARGO) run --release --locked --example train_language_model -- --evaluate $(TRAIN_SETS)
	$(CARGO) run --release --locked --example train_language_model -- $(TRAIN_SETS) > pipeline/language-model.toml.new
	mv pipeline/language-model.toml.new pipeline/language-model.toml

clean:
	$(CARGO) clean
	rm -f results.jsonl $(DB) $(DB)-wal $(DB)-shm
