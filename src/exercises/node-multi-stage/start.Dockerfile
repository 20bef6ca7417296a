# One stage: the image ships npm, every source file and the TypeScript compiler.
FROM node:24
WORKDIR /app
COPY . .
RUN npm ci && npm run build
ENV PORT=3000
EXPOSE 3000
CMD ["node", "dist/server.js"]
