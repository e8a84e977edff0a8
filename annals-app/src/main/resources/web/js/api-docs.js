// The interactive API page: Swagger UI over this server's own description.
window.SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger', deepLinking: true });
