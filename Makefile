# nianbao: the two commands a new user runs are `make run` and `make test`.
SWIFT ?= swift
BIN := .build/release/nianbao
SAMPLES := $(shell find Samples -type f \( -name '*.txt' -o -name '*.pdf' -o -name '*.html' \) -not -path 'Samples/expected/*' -not -path 'Samples/tools/*' | sort)

.PHONY: all deps build run test bench samples prints scans fuzz check-asan clean install screenshot
PREFIX ?= /usr/local

all: build

deps:
	@bash scripts/install-deps.sh

# Release build, Swift runtime linked statically: a third of the start-up time of a dynamic build.
build: deps
	$(SWIFT) build -c release --static-swift-stdlib --product nianbao
	$(SWIFT) build -c release --static-swift-stdlib --product nianbao-batch

# Install both executables, shell completions (bash, zsh, fish) and the man page nianbao(1) under
# PREFIX. All are made from the commands' own definitions: the completions by swift-argument-parser,
# the man page from its description of every command (`nianbao-batch manual`).
install: build
	install -d $(PREFIX)/bin $(PREFIX)/share/bash-completion/completions $(PREFIX)/share/zsh/site-functions \
	  $(PREFIX)/share/fish/vendor_completions.d $(PREFIX)/share/man/man1
	install -m 755 .build/release/nianbao .build/release/nianbao-batch $(PREFIX)/bin/
	$(BIN) --generate-completion-script bash > $(PREFIX)/share/bash-completion/completions/nianbao
	$(BIN) --generate-completion-script zsh > $(PREFIX)/share/zsh/site-functions/_nianbao
	$(BIN) --generate-completion-script fish > $(PREFIX)/share/fish/vendor_completions.d/nianbao.fish
	.build/release/nianbao-batch manual > $(PREFIX)/share/man/man1/nianbao.1
	@echo "installed nianbao under $(PREFIX)"

# Convert every sample to out/<path>.json; a sample the tool refuses is reported and skipped.
run: build
	@mkdir -p out
	@ok=0; failed=0; for f in $(SAMPLES); do \
	  o="out/$${f#Samples/}.json"; mkdir -p "$$(dirname "$$o")"; \
	  if $(BIN) convert "$$f" -o "$$o"; then ok=$$((ok+1)); else failed=$$((failed+1)); fi; \
	done; echo "converted $$ok samples to out/ ($$failed refused)"

test:
	@bash scripts/install-deps.sh --test
	$(SWIFT) test

bench: build
	$(SWIFT) build -c release --product nianbao-bench
	.build/release/nianbao-bench Samples
	bash Benchmarks/bench-pdf.sh
	bash Benchmarks/bench-batch.sh
	bash Benchmarks/bench-linear.sh
	bash Benchmarks/bench-ocr.sh

# Regenerate the synthetic samples (needs LibreOffice, poppler-utils, pdfplumber, PyMuPDF).
samples:
	python3 Samples/tools/make_reports.py Samples/generated

# Print the real reports' web pages again with the style rules agencies' sites use (needs chromium).
prints:
	python3 Samples/tools/make_prints.py Samples/prints
	python3 Samples/tools/make_picture_tables.py Samples/prints real-shanghai-science-2024

# Regenerate the scanned samples from the born-digital ones (needs poppler-utils, Pillow, numpy).
scans:
	python3 Samples/tools/make_scans.py Samples/scans
	python3 Samples/tools/make_searchable_scans.py Samples/scans

# The review page's screenshot in Docs/ (needs chromium and a Chinese font: `make test` installs them).
screenshot: build
	bash Docs/tools/review-screenshot.sh

clean:
	rm -rf .build .build-fuzz .build-asan out

# Fuzzing with libFuzzer (Docs/reliability.md): each target for FUZZ_SECONDS (default 600).
FUZZ_SECONDS ?= 600
fuzz: deps
	NIANBAO_FUZZ=1 $(SWIFT) build -c release --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address --product fuzz-text
	NIANBAO_FUZZ=1 $(SWIFT) build -c release --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address --product fuzz-pdf
	@mkdir -p .build-fuzz/corpus-text .build-fuzz/corpus-pdf .build-fuzz/crashes
	.build-fuzz/release/fuzz-text .build-fuzz/corpus-text Fuzz/seeds/text -dict=Fuzz/dict/text.dict -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=20 -rss_limit_mb=4096 -artifact_prefix=.build-fuzz/crashes/text-
	.build-fuzz/release/fuzz-pdf .build-fuzz/corpus-pdf Fuzz/seeds/pdf -dict=Fuzz/dict/pdf.dict -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=20 -rss_limit_mb=4096 -artifact_prefix=.build-fuzz/crashes/pdf-

# The tests under AddressSanitizer (the C interop: poppler, cairo, tesseract).
check-asan: deps
	LSAN_OPTIONS=suppressions=$(CURDIR)/scripts/lsan.supp $(SWIFT) test --sanitize=address --scratch-path .build-asan
