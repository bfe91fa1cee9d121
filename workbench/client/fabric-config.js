// Fluent UI would fetch its fonts from a CDN this machine cannot reach; the system font stack serves.
window.FabricConfig = { fontBaseUrl: '' };
