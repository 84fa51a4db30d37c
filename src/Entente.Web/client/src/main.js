console.log("entente");
