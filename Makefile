# Thin wrapper: set-up, then CMake and CTest do the work.
#   make run    install what is missing, build, start Kohtaamo on the demo database
#   make test   install what is missing, build, run the whole suite (SQLite and a throwaway PostgreSQL),
#               then once more built with AddressSanitizer + UndefinedBehaviorSanitizer
#   make package  build kohtaamo_<version>_amd64.deb (CPack) and put it here: sudo apt install ./kohtaamo_*.deb
#   make fuzz   build the libFuzzer targets with clang in build-fuzz, seed their corpus from a demo office and run
#               each for FUZZ_SECONDS (not part of `make test`; docs/fuzzing.md)
JOBS ?= 2
BUILD ?= build
BUILD_ASAN ?= build-asan
BUILD_FUZZ ?= build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_CXX ?= clang++
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=RelWithDebInfo

.PHONY: all deps build run test test-plain test-asan package benchmarks screenshots format clean fuzz

all: build

deps:
	@tools/install-deps.sh

build: deps
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS)
	cmake --build $(BUILD) -j$(JOBS)

run: build
	$(BUILD)/app/kohtaamo --demo

test: test-plain test-asan

test-plain: build
	tools/with-postgres.sh ctest --test-dir $(BUILD) --output-on-failure -j$(JOBS)

test-asan: deps
	cmake -S . -B $(BUILD_ASAN) -DCMAKE_BUILD_TYPE=Debug -DKOHTAAMO_SANITIZE=ON -DKOHTAAMO_SHARED_LIBS=ON \
		-DKOHTAAMO_BUILD_BENCHMARKS=OFF
	cmake --build $(BUILD_ASAN) -j$(JOBS)
	tools/with-postgres.sh ctest --test-dir $(BUILD_ASAN) --output-on-failure -j$(JOBS)

package: build
	cmake --build $(BUILD) --target package
	cp $(BUILD)/kohtaamo_*_amd64.deb .

benchmarks: build
	tools/run-benchmarks.sh $(BUILD)

screenshots: build
	tools/screenshots.sh $(BUILD)

# The seeds come from kohtaamo-cli of the normal build; the targets from a clang build of the core alone (CXX is read
# when build-fuzz is first configured; a build-fuzz made with another compiler stops with a message).
fuzz: deps
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS)
	cmake --build $(BUILD) -j$(JOBS) --target kohtaamo-cli
	CXX=$(FUZZ_CXX) cmake -S . -B $(BUILD_FUZZ) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKOHTAAMO_FUZZ=ON \
		-DKOHTAAMO_BUILD_TESTS=OFF -DKOHTAAMO_BUILD_BENCHMARKS=OFF
	cmake --build $(BUILD_FUZZ) -j$(JOBS) --target fuzz_targets
	tools/fuzz-corpus.sh $(BUILD) $(BUILD_FUZZ)/corpus
	tools/run-fuzz.sh $(BUILD_FUZZ) $(FUZZ_SECONDS)

format:
	cmake --build $(BUILD) --target format

clean:
	rm -rf $(BUILD) $(BUILD_ASAN) $(BUILD_FUZZ)
