curl -H "X-Key: $KEY" https://api.acme.test/v1/rates
