# Two commands matter: `make run` and `make test`. Everything else is a helper for them.
PRESET ?= $(if $(CI),ci,dev)
BUILD_DIR := build/$(PRESET)
JOBS ?= $(shell nproc)
DEMO_DIR := demo
DEMO_VAULT := $(DEMO_DIR)/demo.qfv

.PHONY: all deps configure build test run demo bench clean

all: build

deps:
	@bash packaging/install-deps.sh

configure: deps
	@cmake --preset $(PRESET) >/dev/null

build: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS)

test: build
	@cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS) --timeout 600

demo: build
	@bash packaging/demo.sh $(BUILD_DIR) $(DEMO_DIR)

run: demo
	@bash packaging/run-demo.sh $(BUILD_DIR) $(DEMO_DIR)

bench: build
	@$(BUILD_DIR)/tests/bench/qf_bench

clean:
	@rm -rf build
