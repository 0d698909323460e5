# Two commands matter: `make run` and `make test`. Everything else is a helper for them.
PRESET ?= $(if $(CI),ci,dev)
BUILD_DIR := build/$(PRESET)
JOBS ?= $(shell nproc)
DEMO_DIR := demo
DEMO_VAULT := $(DEMO_DIR)/demo.qfv

.PHONY: all deps configure build test run demo bench clean package package-test screenshots

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

# The Debian package (packaging/README.md): build/<preset>/package/qingfeng_<version>-1_<arch>.deb
package: build
	@rm -rf $(BUILD_DIR)/package
	@cd $(BUILD_DIR) && cpack -G DEB -B package
	@ls $(BUILD_DIR)/package/*.deb

# Installs the package on this machine (root only), runs it, removes it and checks nothing is left.
package-test: package
	@bash packaging/test-package.sh $(BUILD_DIR)/package/*.deb

# The user manual's screenshots, from the real application on a demo vault; the manual is rebuilt with them.
screenshots: build
	@bash packaging/screenshots.sh $(BUILD_DIR) docs/manual/screenshots
	@cmake --build $(BUILD_DIR) --target qingfeng_manual

bench: build
	@$(BUILD_DIR)/tests/bench/qf_bench

clean:
	@rm -rf build
