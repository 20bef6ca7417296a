FROM node:20 AS Builder
WORKDIR /app
COPY . .
RUN npm ci && npm run build

FROM node:20
WORKDIR /app
COPY --from=biulder /app /app
CMD ["node", "dist/server.js"]
