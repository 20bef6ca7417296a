FROM golang:1.27 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /bin/server .

FROM python:3.14-slim AS docs
WORKDIR /docs
COPY docs/ .
RUN pip install mkdocs && mkdocs build

FROM alpine:3.24 AS certs
RUN apk add --no-cache ca-certificates

FROM scratch
COPY --from=0 /bin/server /server
COPY --from=certs /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
ENTRYPOINT ["/server"]
