FROM maven:3-eclipse-temurin-21 AS build
WORKDIR /src
COPY pom.xml ./
RUN mvn -B -q dependency:go-offline
COPY src ./src
# Packages target/shop-<version>.jar, and writes target/starter-data:
# the catalogue the service starts from and then updates as it runs.
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:21-jre AS runtime
WORKDIR /app
RUN groupadd --system shop && useradd --system --gid shop --no-create-home shop
# Sources are read from the root of the build stage: /src/target, not target.
# The one jar Maven built gets the fixed name the CMD starts.
COPY --from=build /src/target/*.jar app.jar
# The service writes here, so its user must own it; the code stays root's.
COPY --from=build --chown=shop:shop /src/target/starter-data ./data
VOLUME /app/data
USER shop
EXPOSE 8080
CMD ["java", "-jar", "app.jar"]
