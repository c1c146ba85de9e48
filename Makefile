# Build targets for `sam build` (template.yaml: Metadata: BuildMethod: makefile).
# SAM runs `make build-<LogicalId>` with ARTIFACTS_DIR set; each target builds the shaded jar of
# the functions module with the project's Maven (bin/mvn: wrapper on a JDK >= 21, tests skipped)
# and unpacks it into ARTIFACTS_DIR, so the Lambda package holds the functions module and its
# runtime dependencies only (no CLI, no emulators). Both functions deploy the same jar; SAM builds
# each makefile function on its own, so a stamp keeps the second build from running Maven again
# when no source or pom changed since the first.

JAR_GLOB := functions/target/precis-functions-*-lambda.jar
STAMP    := functions/target/.precis-lambda-jar.stamp
INPUTS   := pom.xml core/pom.xml functions/pom.xml $(wildcard .mvn/wrapper/*.properties) \
            $(shell find core/src functions/src 2>/dev/null)

.PHONY: build-IngestFunction build-QueryFunction lambda-jar

build-IngestFunction build-QueryFunction: $(STAMP)
	@test -n "$(ARTIFACTS_DIR)" || { echo "ARTIFACTS_DIR is not set (run through sam build)" >&2; exit 1; }
	@jar=$$(ls -t $(JAR_GLOB) 2>/dev/null | head -n 1); \
	  test -n "$$jar" || { echo "no $(JAR_GLOB) after the build" >&2; exit 1; }; \
	  mkdir -p "$(ARTIFACTS_DIR)"; \
	  echo "unpacking $$jar into $(ARTIFACTS_DIR)"; \
	  cd "$(ARTIFACTS_DIR)" && \
	  if command -v unzip >/dev/null 2>&1; then unzip -q -o "$(CURDIR)/$$jar"; \
	  else "$$("$(CURDIR)/bin/java-home")/bin/jar" xf "$(CURDIR)/$$jar"; fi

# The shaded jar, rebuilt when any input is newer than the stamp.
$(STAMP): $(INPUTS)
	./bin/mvn -q -B -pl functions -am package -DskipTests
	@touch $@

# Force a Maven build regardless of the stamp.
lambda-jar:
	./bin/mvn -q -B -pl functions -am package -DskipTests
	@touch $(STAMP)
