package main

const Max = 3

func helper() {}

func g(x Max) {}

func h() helper { return nil }

func main() {}
