package main

import (
	"encoding/json"
	"math/rand"
	"path/filepath"
)

func main() {}
