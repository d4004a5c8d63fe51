// The object of the precompiled standard headers (CMakeLists.txt, mk_precompiled); nothing of its own.
