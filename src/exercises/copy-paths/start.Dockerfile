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
COPY --from=build target/*.jar ./
COPY --from=build /src/target/starter-data ./data
VOLUME /app/data
USER shop
EXPOSE 8080
CMD ["java", "-jar", "app.jar"]
