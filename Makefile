# pmo — two set-up commands on a fresh machine: `make demo` and `make test`.
SWIFT ?= swift
BUILD_DIR ?= .build
CONFIG ?= debug
PMO = $(BUILD_DIR)/$(CONFIG)/pmo
DEMO_DIR ?= $(BUILD_DIR)/demo

.PHONY: all deps test-deps bench-dashboard dashboard-screenshot build release check check-imports format-lint test killtest demo bench bench-deps bench-readme fuzz install clean

all: build

# libyaml's headers and pkg-config file (CYAML links against the system libyaml).
deps:
	@dpkg -s libyaml-dev >/dev/null 2>&1 || { \
	  echo "installing libyaml-dev"; \
	  (apt-get install -y libyaml-dev || (apt-get update && apt-get install -y libyaml-dev)); }

# What the tests need besides Swift: PostgreSQL (the server's second store; scripts/with-postgres.sh starts a
# throw-away one) and python3's jsonschema (an independent check of the report schema).
test-deps:
	@dpkg -s postgresql >/dev/null 2>&1 || { \
	  echo "installing postgresql"; \
	  (apt-get install -y postgresql || (apt-get update && apt-get install -y postgresql)); }
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing chromium (the dashboard's browser tests)"; \
	  (apt-get install -y chromium || (apt-get update && apt-get install -y chromium)); }
	@python3 -c 'import jsonschema' 2>/dev/null || { echo "installing jsonschema"; python3 -m pip install --quiet jsonschema; }

build: deps
	$(SWIFT) build --product pmo
	$(SWIFT) build --product pmo-server

# A release pmo is linked at a fixed address (as Go links by default): a position-independent
# static binary makes the loader apply ~86,000 relocations at every start, dirtying 1 MB of data
# and keeping 2 MB of relocation tables resident (validate's peak RSS 37 → 33 MB). Only with the
# static stdlib: a -no-pie binary on a shared stdlib makes the loader warn "direct reference to
# protected function … may break pointer equality", so the flag is here, not in Package.swift.
RELEASE_LINK_FLAGS = $(if $(filter Linux,$(shell uname -s)),-Xlinker -no-pie)
release: deps
	$(SWIFT) build -c release --static-swift-stdlib $(RELEASE_LINK_FLAGS) --product pmo
	$(SWIFT) build -c release --static-swift-stdlib --product pmo-server

# The repository's own rules: every import under Sources/ is an edge allowed in docs/architecture.md,
# and the code is formatted as .swift-format says (`swift format --in-place --recursive …` fixes it;
# FORMAT_LINT=0 skips that half, e.g. while a change is half-written).
FORMAT_LINT ?= 1
check: check-imports $(if $(filter 1,$(FORMAT_LINT)),format-lint)

check-imports:
	@python3 scripts/check-imports.py

format-lint:
	$(SWIFT) format lint --strict --parallel --recursive Package.swift Sources Tests Benchmarks Fuzz/Package.swift Fuzz/Harnesses

# The SIGKILL tests (Tests/CLITests/KillTests.swift) run PMO_KILL_ROUNDS rounds each (default 30);
# PMO_KILL_SEED=N replays the random kill moments a failing run printed. The server's store tests run on
# SQLite and on a PostgreSQL server of their own (scripts/with-postgres.sh sets PMO_TEST_POSTGRES_URL);
# PMO_SERVER_KILL_ROUNDS sets the server's SIGKILL rounds per store (default 24).
test: deps test-deps check
	$(SWIFT) build --build-tests
	scripts/check-fuzz-api.sh
	scripts/with-postgres.sh $(SWIFT) test --skip-build --parallel

# 100 rounds each of pmo new, pmo update and pmo publish killed with SIGKILL at random moments.
KILL_ROUNDS ?= 100
killtest: deps
	$(SWIFT) build --build-tests
	PMO_KILL_ROUNDS=$(KILL_ROUNDS) $(SWIFT) test --skip-build --filter KillTests

demo: build
	@scripts/demo.sh $(PMO) $(DEMO_DIR)

# The bench's tools: hyperfine (medians) and GNU time (`/usr/bin/time -v`, peak RSS); the server's
# group (scripts/bench-server.sh) also wants wrk and PostgreSQL (test-deps), and installs wrk itself.
bench-deps:
	@command -v hyperfine >/dev/null 2>&1 || { echo "installing hyperfine"; \
	  (apt-get install -y hyperfine || (apt-get update && apt-get install -y hyperfine)); }
	@dpkg -s time >/dev/null 2>&1 || { echo "installing time"; \
	  (apt-get install -y time || (apt-get update && apt-get install -y time)); }

# pmo against its floors and peers; the report lands in $(BUILD_DIR)/bench/report.{md,json}.
bench: deps bench-deps test-deps
	@BENCH_DIR=$(BUILD_DIR)/bench SCRATCH=$(BUILD_DIR) scripts/bench.sh

# The dashboard's page times (cold and warm) on SQLite and PostgreSQL, with a release pmo-server (as `make release`).
bench-dashboard: deps test-deps
	$(SWIFT) build -c release --static-swift-stdlib --product pmo-server
	scripts/bench-dashboard.sh $(BUILD_DIR)/release/pmo-server

# A screenshot of the dashboard's portfolio (300 seeded projects) in Debian's headless chromium, for docs/dashboard.md.
# The Chromium test of the dashboard takes the portfolio at 1280 px and 390 px; this keeps the 1280 px one in docs/.
dashboard-screenshot: deps test-deps
	PMO_SCREENSHOT_DIR=$(abspath $(BUILD_DIR))/dashboard-screenshots \
	  $(SWIFT) test --filter 'DashboardBrowserTests/chromiumRendersThePages'
	cp $(BUILD_DIR)/dashboard-screenshots/portfolio-1280.png docs/dashboard-portfolio.png
	@echo "wrote docs/dashboard-portfolio.png"

# Copy the latest report's table into README.md (between <!-- bench:start --> and <!-- bench:end -->).
bench-readme:
	@scripts/bench-readme.py $(BUILD_DIR)/bench/report.md README.md

fuzz: deps
	@scripts/fuzz.sh $(SECONDS)

install: release
	install -d $(DESTDIR)/usr/local/bin $(DESTDIR)/usr/local/share/pmo
	install -m 755 $(BUILD_DIR)/release/pmo $(DESTDIR)/usr/local/bin/pmo
	install -m 755 $(BUILD_DIR)/release/pmo-server $(DESTDIR)/usr/local/bin/pmo-server
	cp -R catalog standards $(DESTDIR)/usr/local/share/pmo/

clean:
	rm -rf $(BUILD_DIR)
