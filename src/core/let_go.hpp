#pragma once
// Large objects that are no longer needed: freed at once, or, in a process that ends after its one
// command, kept until it ends. Freeing a model of 125,000 activities string by string takes a
// tenth of `import`; the end of the process gives all its memory back at once.
#include <memory>
#include <utility>

namespace mk {

// Whether what let_go is handed from now on is kept until the process ends (true) or freed at once
// (false, the default). Set by a command that ends the process when it is done; never by a process
// that serves many requests.
void keep_until_exit(bool keep);

// Whether what let_go is handed is kept until the process ends.
bool keeping_until_exit();

// What let_go keeps: any object, destroyed through this base.
struct kept_object {
    virtual ~kept_object() = default;
};

// Holds object until the process ends, reachable (so no leak checker reports it) and never freed.
void keep_object(std::unique_ptr<kept_object> object);

// Takes object's contents, leaving it as a moved-from object, and frees them now or keeps them
// until the process ends (keep_until_exit).
template <class T>
void let_go(T& object) {
    struct holder : kept_object {
        explicit holder(T&& taken) : value(std::move(taken)) {}
        T value;
    };
    if (!keeping_until_exit()) {
        T gone(std::move(object));
        return;
    }
    keep_object(std::make_unique<holder>(std::move(object)));
}

}  // namespace mk
