# syntax=docker/dockerfile:1

# Build stage: the Maven project, tests skipped here (CI runs them).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -ntp -q dependency:go-offline
COPY src ./src
# Ban Lat's roster goes into the jar too (pom.xml), as its default when no file is mounted.
COPY config/ban-lat.yaml ./config/ban-lat.yaml
# thaid-report-bot.jar is the production jar (no embedded Redis); thaid-report-bot-local.jar is for laptops.
RUN mvn -B -ntp -q -DskipTests package && cp target/thaid-report-bot.jar /src/app.jar

# Runtime stage: a JRE 17, a non-root user, the roster in /app/config.
FROM eclipse-temurin:17-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin reportbot
WORKDIR /app
COPY --from=build /src/app.jar /app/app.jar
COPY config /app/config
USER 10001
# Sized for a 256 MB container, under full load too (the benchmarks start the bot with this line's flags; README
# "Benchmarks"). A district's live heap is about 35 MB. Two malloc arenas keep glibc from reserving one per thread.
ENV JAVA_TOOL_OPTIONS="-Xmx80m -Xss512k -XX:MaxMetaspaceSize=96m -XX:ReservedCodeCacheSize=32m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:MaxDirectMemorySize=16m" \
    MALLOC_ARENA_MAX=2 \
    REPORTBOT_ROSTER_FILES=/app/config/ban-lat.yaml
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=30s --retries=3 \
  CMD curl -fsS http://127.0.0.1:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
