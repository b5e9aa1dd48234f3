import acme

print(acme.rates("BTC/USD"))
