"""Creates N users through the engine's stateful create route: bench/seed_users.py PORT N."""
import http.client
import json
import sys

port, count = int(sys.argv[1]), int(sys.argv[2])
connection = http.client.HTTPConnection("127.0.0.1", port)
for i in range(count):
    body = json.dumps({"name": f"User {i}", "email": f"user{i}@example.com", "active": i % 2 == 0})
    connection.request("POST", "/mock/bench/users", body, {"Content-Type": "application/json"})
    response = connection.getresponse()
    response.read()
    if response.status != 201:
        sys.exit(f"creating user {i} answered {response.status}")
print(f"   {count} users created")
