# Build stage: the Go toolchain. Modules first, so a source change does not download them again.
FROM golang:1.27 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# No cgo: a static binary that needs no C library at run time.
RUN CGO_ENABLED=0 go build -o /bin/server .

# Runtime stage: distroless static has CA certificates and a non-root user, and no shell.
FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /bin/server /server
EXPOSE 8080
ENTRYPOINT ["/server"]
