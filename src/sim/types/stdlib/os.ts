/**
 * This file declares package os for the simulator: the standard files (writes go to the host's
 * stdout/stderr), Args, Exit, Getenv. Modelled on /usr/local/go/src/os/{file,proc,env}.go.
 * Natives (lib/os.ts): write, args, Exit, Getenv, LookupEnv.
 */
export const osSource = `package os

import (
	"errors"
	"io"
	"io/fs"
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

var (
	ErrInvalid    = fs.ErrInvalid
	ErrPermission = fs.ErrPermission
	ErrExist      = fs.ErrExist
	ErrNotExist   = fs.ErrNotExist
	ErrClosed     = fs.ErrClosed
)

type PathError = fs.PathError

type FileMode = fs.FileMode

// errno stands for syscall.Errno: its text, and the fs error it matches with errors.Is.
type errno struct {
	msg string
	is  error
}

func (e errno) Error() string { return e.msg }

func (e errno) Is(target error) bool { return target == e.is }

var (
	errENOENT = errno{"no such file or directory", fs.ErrNotExist}
	errEROFS  = errno{"read-only file system", fs.ErrPermission}
)

// The simulated program has no file system: every file is missing and nothing can be created.
func Open(name string) (*File, error) {
	return nil, &PathError{Op: "open", Path: name, Err: errENOENT}
}

func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	return nil, &PathError{Op: "open", Path: name, Err: errENOENT}
}

func Create(name string) (*File, error) {
	return nil, &PathError{Op: "open", Path: name, Err: errEROFS}
}

func ReadFile(name string) ([]byte, error) {
	return nil, &PathError{Op: "open", Path: name, Err: errENOENT}
}

func WriteFile(name string, data []byte, perm FileMode) error {
	return &PathError{Op: "open", Path: name, Err: errEROFS}
}

func Remove(name string) error {
	return &PathError{Op: "remove", Path: name, Err: errENOENT}
}

func Mkdir(name string, perm FileMode) error {
	return &PathError{Op: "mkdir", Path: name, Err: errEROFS}
}

func IsNotExist(err error) bool {
	return errors.Is(err, fs.ErrNotExist)
}

func IsExist(err error) bool {
	return errors.Is(err, fs.ErrExist)
}

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
