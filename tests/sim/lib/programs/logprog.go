package main

import (
	"log"
	"os"
	"strings"
)

func main() {
	log.SetFlags(0)
	log.Println("to stderr", 1, 2)
	l := log.New(os.Stdout, "[app] ", 0)
	l.Printf("n=%d", 5)
	l.SetFlags(log.Lmsgprefix)
	l.Print("a", "b", 3)
	var sb strings.Builder
	l2 := log.New(&sb, "", 0)
	l2.Println("into builder")
	l.Print(sb.String())
	defer l.Println("deferred runs? no")
	log.Fatalf("fatal: %v", "bye")
}
