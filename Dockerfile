# Woodbrook Monitor: multi-stage build; runs as a non-root user with its data on a volume.
# Build: docker build -t woodbrook-monitor .
# Run:   docker run -d --name woodbrook -p 127.0.0.1:5080:5080 -v woodbrook-data:/data \
#          --env-file /etc/woodbrook-monitor/secrets.env woodbrook-monitor
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props BannedSymbols.txt .editorconfig appsettings.json ./
COPY src/ src/
RUN dotnet publish src/Woodbrook.Monitor/Woodbrook.Monitor.csproj -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
RUN groupadd --system woodbrook && useradd --system --gid woodbrook --home-dir /data --shell /usr/sbin/nologin woodbrook \
    && mkdir -p /data && chown woodbrook:woodbrook /data
WORKDIR /app
COPY --from=build /app ./
ENV WOODBROOK__Host__DataDirectory=/data \
    WOODBROOK__Approve__Urls=http://0.0.0.0:5080 \
    DOTNET_gcServer=0
VOLUME ["/data"]
EXPOSE 5080
USER woodbrook
HEALTHCHECK --interval=60s --timeout=5s CMD ["dotnet", "Woodbrook.Monitor.dll", "--help"]
ENTRYPOINT ["dotnet", "Woodbrook.Monitor.dll"]
CMD ["run"]
