/**
 * This file declares package os for the simulator: the standard files (writes go to the host's
 * stdout/stderr), Args, Exit, Getenv. Modelled on /usr/local/go/src/os/{file,proc,env}.go.
 * Natives (lib/os.ts): write, args, Exit, Getenv, LookupEnv.
 */
export const osSource = `package os

import (
	"errors"
	"io"
)

type File struct {
	fd   int
	name string
}

var (
	Stdin  = &File{0, "/dev/stdin"}
	Stdout = &File{1, "/dev/stdout"}
	Stderr = &File{2, "/dev/stderr"}
)

var ErrNotExist = errors.New("file does not exist")

var ErrClosed = errors.New("file already closed")

// write sends the bytes to the host's file descriptor fd (1 stdout, 2 stderr).
func write(fd int, s string)

func (f *File) Write(b []byte) (n int, err error) {
	if f == nil {
		return 0, errors.New("invalid argument")
	}
	write(f.fd, string(b))
	return len(b), nil
}

func (f *File) WriteString(s string) (n int, err error) {
	if f == nil {
		return 0, errors.New("invalid argument")
	}
	write(f.fd, s)
	return len(s), nil
}

// Read: a simulated program's stdin is empty; the other files cannot be read.
func (f *File) Read(b []byte) (n int, err error) {
	if f == nil {
		return 0, errors.New("invalid argument")
	}
	if f.fd == 0 {
		return 0, io.EOF
	}
	return 0, errors.New("read " + f.name + ": bad file descriptor")
}

func (f *File) Name() string {
	return f.name
}

func (f *File) Fd() uintptr {
	return uintptr(f.fd)
}

func (f *File) Close() error {
	return nil
}

func (f *File) Sync() error {
	return nil
}

func args() []string

var Args []string = args()

func Exit(code int)

func Getenv(key string) string

func LookupEnv(key string) (string, bool)

func Getpid() int {
	return 1
}

func Hostname() (name string, err error) {
	return "sandbox", nil
}
`;
