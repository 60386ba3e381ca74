package main

import "fmt"

type Logger interface{ Log(string) }

type FileLogger struct{ prefix string }

func (f *FileLogger) Log(m string) {
	if f == nil {
		fmt.Println("nil receiver ok:", m)
		return
	}
	fmt.Println(f.prefix + m)
}

type Service struct {
	log Logger
}

func main() {
	var fl *FileLogger
	var l Logger = fl
	fmt.Println(l == nil, fl == nil)
	l.Log("hello")
	s := Service{}
	s.log.Log("boom")
}
