"""Signs in to the demo as an account and prints a new write API token for it."""
import re
import sys

import requests

base, email, password = sys.argv[1], sys.argv[2], sys.argv[3]
session = requests.Session()


def csrf(path):
    html = session.get(base + path).text
    return re.search(r'name="_csrf" value="([^"]+)"', html).group(1)


answer = session.post(base + "/login", data={"_csrf": csrf("/login"), "email": email, "password": password},
                      allow_redirects=False)
if answer.status_code != 303:
    sys.exit(f"sign-in as {email} failed: {answer.status_code}")
answer = session.post(base + "/api/v1/me/tokens", json={"name": "schemathesis", "scope": "write", "days": 1},
                      headers={"X-CSRF-Token": csrf("/account"), "Origin": base})
if answer.status_code != 201:
    sys.exit(f"token not created: {answer.status_code} {answer.text}")
print(answer.json()["token"])
