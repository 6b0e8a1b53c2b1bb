"""Writes the identical stubs of the benchmark for the three servers into the work folder."""
import json
import os
import sys

work = sys.argv[1]

# A fixed JSON body of exactly 300 bytes.
static = {"id": 1, "name": "Ada Lovelace", "email": "ada@example.com", "role": "admin", "active": True,
          "tags": ["math", "engines", "poetry"], "address": {"city": "London", "zip": "W1"}}
text = json.dumps(static, separators=(",", ":"))
static["note"] = "x" * (300 - len(text) - len(',"note":""'))
STATIC = json.dumps(static, separators=(",", ":"))
assert len(STATIC.encode()) == 300, len(STATIC)
NAMES = ["Ada Lovelace", "Alan Turing", "Grace Hopper", "Edsger Dijkstra"]


def route(endpoint_id, path, body, chaos=None, state=None, method="GET"):
    headers = {"Content-Type": "application/json"} if body else {}
    return {"endpointId": endpoint_id, "definition": {
        "method": method, "path": path, "description": None, "enabled": True, "priority": 0,
        "response": {"status": 200, "headers": headers, "body": body},
        "chaos": chaos, "state": state}}


# The project key names the project's data in Redis; bench/run.sh reads its history by it.
PROJECT_KEY = "00000000-0000-4000-8000-00000000be0c"
engine = {"projectId": 1, "projectKey": PROJECT_KEY, "projectSlug": "bench",
          "installationId": "00000000-0000-4000-8000-000000000001", "version": 1,
          "settings": {"chaosMode": {"enabled": False, "policy": None},
                       "cors": {"allowedOrigins": ["*"], "allowCredentials": False},
                       "apiKeyRequired": False, "fakerLocale": "en"},
          "apiKeySha256": None,
          "routes": [route(1, "/static", STATIC),
                     route(2, "/templated", '{"id":"{{uuid}}","name":"{{Faker.name()}}"}'),
                     route(3, "/delayed", '{"ok":true}',
                           {"delay": {"type": "fixed", "ms": 1000}, "failureRate": 0,
                            "failureStatus": 503, "failureBody": None, "fault": "http_error"}),
                     # Stateful routes (MockAPI only: the peers keep no collections): bench/run.sh
                     # fills "users" with 1 000 items through the create route first.
                     route(4, "/users", "", state={"collection": "users", "action": "create"},
                           method="POST"),
                     route(5, "/users/{id}", "", state={"collection": "users", "action": "get"}),
                     route(6, "/users", "", state={"collection": "users", "action": "list"})]}
with open(os.path.join(work, "engine-routes.json"), "w") as f:
    f.write(json.dumps(engine))

mappings = os.path.join(work, "wiremock", "mappings")
os.makedirs(mappings, exist_ok=True)
picks = " ".join(f"'{n}'" for n in NAMES)
for name, body, transformers in [
        ("static", STATIC, []),
        ("templated", '{"id":"{{randomValue type=\'UUID\'}}","name":"{{pickRandom ' + picks + '}}"}',
         ["response-template"])]:
    stub = {"request": {"method": "GET", "url": "/" + name},
            "response": {"status": 200, "headers": {"Content-Type": "application/json"}, "body": body,
                         "transformers": transformers}}
    with open(os.path.join(mappings, name + ".json"), "w") as f:
        json.dump(stub, f)

with open(os.path.join(work, "mockserver-static.json"), "w") as f:
    json.dump({"httpRequest": {"method": "GET", "path": "/static"},
               "httpResponse": {"statusCode": 200, "headers": {"Content-Type": ["application/json"]},
                                "body": STATIC}}, f)
names = ",".join(f'"{n}"' for n in NAMES)
velocity = ('#set($names = [' + names + '])'
            '{"statusCode": 200, "headers": {"Content-Type": ["application/json"]},'
            ' "body": "{\\"id\\":\\"$!uuid\\",\\"name\\":\\"$names.get($math.mod($rand_int_100, 4))\\"}"}')
with open(os.path.join(work, "mockserver-templated.json"), "w") as f:
    json.dump({"httpRequest": {"method": "GET", "path": "/templated"},
               "httpResponseTemplate": {"templateType": "VELOCITY", "template": velocity}}, f)
