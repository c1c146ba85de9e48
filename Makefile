# Build targets for `sam build` (template.yaml: Metadata: BuildMethod: makefile).
# SAM runs `make build-<LogicalId>` with ARTIFACTS_DIR set; each target builds the shaded jar of
# the functions module with the project's Maven (bin/mvn: wrapper on a JDK >= 21, tests skipped)
# and unpacks it into ARTIFACTS_DIR, so the Lambda package holds the functions module and its
# runtime dependencies only (no CLI, no emulators). Both functions share the same jar.

JAR_GLOB := functions/target/precis-functions-*-lambda.jar

.PHONY: build-IngestFunction build-QueryFunction lambda-jar

build-IngestFunction build-QueryFunction: lambda-jar
	@test -n "$(ARTIFACTS_DIR)" || { echo "ARTIFACTS_DIR is not set (run through sam build)" >&2; exit 1; }
	@jar=$$(ls $(JAR_GLOB) 2>/dev/null | grep -v -e '-sources' -e '-javadoc' | head -n 1); \
	  test -n "$$jar" || { echo "no $(JAR_GLOB) after the build" >&2; exit 1; }; \
	  mkdir -p "$(ARTIFACTS_DIR)"; \
	  echo "unpacking $$jar into $(ARTIFACTS_DIR)"; \
	  cd "$(ARTIFACTS_DIR)" && "$$("$(CURDIR)/bin/java-home")/bin/jar" xf "$(CURDIR)/$$jar"

lambda-jar:
	./bin/mvn -q -B -pl functions -am package -DskipTests
