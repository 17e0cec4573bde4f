# syntax=docker/dockerfile:1

# Node 24 for Vaadin's production frontend build (Vaadin 25 refuses older Node).
FROM node:24-bookworm-slim AS node

FROM maven:3.9-eclipse-temurin-25 AS build
COPY --from=node /usr/local/bin/node /usr/local/bin/node
COPY --from=node /usr/local/lib/node_modules/npm /usr/local/lib/node_modules/npm
RUN ln -sf ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \
    && node --version && npm --version
WORKDIR /build
COPY . .
# The wrapper brings the project's own Maven; the image's MAVEN_CONFIG is meant for the image's mvn.
RUN --mount=type=cache,target=/root/.m2 --mount=type=cache,target=/root/.npm \
    bash scripts/provision-node.sh \
    && unset MAVEN_CONFIG \
    && ./mvnw -B -DskipTests package \
    && cp target/victim-voice-portal-*.jar /build/portal.jar
RUN javac --release 21 -d /build/healthcheck docker/HealthCheck.java

FROM eclipse-temurin:25-jre
# A fixed numeric id, so orchestrators can check "not root" without reading /etc/passwd.
RUN groupadd --system --gid 10001 portal \
    && useradd --system --uid 10001 --gid portal --home-dir /app --no-create-home --shell /usr/sbin/nologin portal
WORKDIR /app
COPY --from=build /build/portal.jar /app/portal.jar
COPY --from=build /build/healthcheck /app/healthcheck
USER 10001:10001
ENV SPRING_PROFILES_ACTIVE=prod
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=10s --start-period=120s --retries=3 \
    CMD ["java", "-Xmx24m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", "/app/healthcheck", "HealthCheck"]
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/portal.jar"]
