package main

return 1

func main() {}
